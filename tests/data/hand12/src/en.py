# blind13 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rowan Petrie <rowan.petrie@homemail.example>",
         to="loans@oakfield-toylibrary.example",
         subject="MagnaBuild set TL-4471 - a magnet is missing and my son keeps being sick",
         body="""\
Hello,

We borrowed the MagnaBuild 60 set (item TL-4471) from the Oakfield branch on Saturday.

This morning my son (2 and a half) was playing with the long rods on the living room floor.
At lunch I noticed one rod has lost the little silver cap on its end, the round magnet that
sits in there is gone too. We have looked under every sofa and cannot find it. Since about
1pm he has been sick four times, won't eat, and keeps pressing on his tummy and crying.

We are now sitting on the children's ward waiting for an X-ray, so sorry if this is short.

The caps on at least six other rods in the box are loose - you can flick them off with a
thumbnail. I saw two more of the same set on your shelf on Saturday. Please take them out of
circulation today, before another family takes one home.

I can bring the box back whenever you need it.

Rowan Petrie
Member no. 20417
07700 900 318"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Keziah Monroe <kmonroe@quickpost.example>",
         to="help@zipmoped.example",
         subject="Moped MX-204 - front mudguard dropped onto the wheel while riding",
         body="""\
Hi,

I rented one of your green mopeds (plate MX-204) from the harbour station yesterday at 16:10.

On the coast road, doing about 45 km/h, I heard a rattle from the front for a minute or so,
then a loud clunk. The front mudguard dropped down onto the tyre and the wheel stopped turning
for a moment. The bike went sideways and I only just kept it up and rolled onto the grass
verge. My hands were shaking so much I sat there for twenty minutes.

When I looked, one of the two bolts that hold the mudguard was simply not there and the other
side was held on with a cable tie. I took photos, attached.

I left the moped at the lay-by near the lighthouse car park and walked back. I don't want a
voucher, I want someone to check every bike in that fleet before the weekend crowds arrive.

Keziah Monroe"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Harriet Oduya <h.oduya@letterbox.example>",
         to="portal-support@westvale-hospitals.example",
         subject="I can see another patient's results in my portal",
         body="""\
Good evening,

I'm writing about the MyWestvale patient portal. I'm not very technical so bear with me.

I had blood taken at the Brookside clinic last Tuesday for my thyroid and iron, and the text
message said the results were ready, so I logged in tonight around 8pm from my laptop. The
first thing I saw was my own name at the top, as usual, and then under "Recent results" there
were two reports. One was mine. The other was for a Mr Dariusz Wnuk, born 14/03/1958, with his
home address in Fenwick Road, his hospital number, and a full page of liver and kidney results
plus a note from his consultant about a biopsy.

I closed it straight away and have not opened it again. I logged out and back in, and it is
still there.

I am worried on two levels. That poor man's information is sitting in a stranger's account,
and if his is in mine, then where are my results and who else is reading them? My records
include my mental health history and I would be devastated if someone could look at that.

Please can someone look at this tonight and let me know what happened. My patient number is
WV-8830412 and I can be reached on 01632 960 447.

Harriet Oduya"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="multi", qt=0, reply=0,
         frm="Ewan Castellano <ewan.castellano@fastmail-demo.example>",
         to="cards@chargego.example",
         subject="Charging sessions in France on my card - I am in Leeds",
         body="""\
Hello,

My ChargeGo card (ending 6612) shows 11 charging sessions between Friday night and this
morning, in Lyon, Valence and Marseille, £187.35 in total. I have not left Leeds, my car has
been on my drive all weekend and the physical card is in my wallet right now.

Please block the card immediately and refund these sessions. I've already changed my password.

Ewan Castellano
07700 900 562"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Priya Anand <priya@canalworks-cowork.example>",
         to="support@badgeway.example",
         subject="URGENT Canal Works - no badge opens anything",
         body="""\
It's 8:40 and I have about thirty members standing in the lobby at Canal Works. Every badge
beeps red at the turnstiles and at the front door, including my own admin badge. The tablet
at reception just shows a grey screen with a spinning wheel.

Two teams have client workshops upstairs at 9:00 and the meeting rooms are on the same system,
so even the people who got in with the cleaner can't open them. I've propped the fire door at
the back but that only opens from the inside.

Please ring me on 0161 496 0732 now.

Priya Anand
Community Manager, Canal Works"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Declan Furse <declan.furse@brightside-homecare.example>",
         to="support@careroute.example",
         subject="CareRoute - every carer's visit list is empty",
         body="""\
Hello CareRoute team,

Since roughly 6am none of our carers can see their rounds in the app. The visit list is
simply empty for all 58 staff, on Android and iPhone. The office dashboard shows the rota for
today as "0 visits scheduled". Logging out and in changes nothing.

We have the office team phoning every carer and reading out addresses from a printout of
yesterday's rota, and everything that changed since then is on a whiteboard. Notes and
medication sign-offs are going on paper and someone will have to type them all in later.

Several of our clients are diabetic and need their insulin visits at fixed times, and two
are end-of-life. Please treat this as top priority and call the office on 0113 496 0581.

Declan Furse
Operations Lead, Brightside Home Care"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Gwen Talbot <gwen.talbot@shoreline-net.example>",
         to="help@readwell-library.example",
         subject="Is it normal that my loans never open?",
         body="""\
Hi there,

Is it normal that every e-book I borrow just says "Preparing your loan..." and never opens?
It's been like that since Sunday. I have four books on loan and can't read any of them, not in
the app on my tablet and not in the browser on my laptop either. I've deleted and reinstalled
the app twice.

One of them is for my book group on Thursday, so I'd be grateful for a quick answer.

Library card 2299 0412 7781

Thanks,
Gwen"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Tomasz Byrne <tbyrne@postbox.example>",
         to="customerservice@westerlycoaches.example",
         subject="Seat map blank on Bristol - Cardiff",
         body="""\
Hi, small thing but thought you should know: the seat map for the Bristol - Cardiff coaches
just shows an empty white box, so you can't pick a seat. Booking without choosing one goes
through fine (took me three goes to realise). Same on phone and desktop.

Tom"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Margaret Ellery <m.ellery@oldtownmail.example>",
         to="repeats@greenleaf-pharmacy.example",
         subject="Repeat prescription website down since yesterday",
         body="""\
Dear Sir or Madam,

Your repeat prescription website has been down since yesterday afternoon. Whatever I click I
get "503 Service Unavailable". I've tried my computer and my daughter's phone.

I have six days of my blood pressure tablets left and the surgery tells me they can only
issue them once the request comes through your site. Is there another way to order?

Yours faithfully,
Margaret Ellery
01632 960 811"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Callum Reyes <callum.reyes@inboxy.example>",
         to="shop@hopfield-brewery.example",
         subject="Charged twice for order BR-55812",
         body="""\
Hi,

Order BR-55812 (mixed case of 12, £38.40) went out to me last week - arrived fine, lovely
stuff. But my bank statement shows two payments of £38.40 to Hopfield Brewery on the 3rd, two
minutes apart. I only got one case. Could you refund the second one please?

Cheers,
Callum"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Alan Hollis <alan@hollisbutchers.example>",
         to="clients@ledgerline-payroll.example",
         subject="Staff wages not paid - payroll run PB-2031",
         body="""\
Hello,

None of my fourteen staff got their wages this morning. Your portal has shown the payroll run
(PB-2031, Hollis & Sons Butchers) as "Submitted" since Thursday, but the money has not left
our business account - I've checked with the bank twice.

I've had two of the lads on the phone already, one of them has his rent going out on Monday
and the other has a mortgage payment due. I can't keep telling them it's coming.

Please tell me today what has happened and when the payments will land. If I need to pay
them manually I need to know by 2pm.

Alan Hollis
07700 900 129"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Nadia Whitcombe <nadia.w@parcelnet.example>",
         to="accounts@keepsafe-storage.example",
         subject="Question about my latest invoice (unit B-117)",
         body="""\
Hello,

I've rented unit B-117 at your Riverside site since last spring, mostly old furniture from my
mum's house and a few boxes of books. I'm very happy with the place generally, the staff are
friendly and I like that the gate code works late in the evening, since I usually only have
time after work. I popped in twice last month to sort through things and everything was fine.

My question: is it normal that the invoice jumped from £62 to £118 this month? I haven't
changed anything and didn't get any letter about a price rise. Looking more closely, the
invoice (INV-77302) describes the unit as "50 sq ft" while mine is the small 25 sq ft one -
same number, B-117, on the door.

Could you check and send a corrected invoice? I'd rather not pay the £118 if it's a mistake.

Many thanks,
Nadia Whitcombe"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Jonas Keller <jonas.keller@reisepost.example>",
         to="info@swiftfx-exchange.example",
         subject="What is the handling fee?",
         body="""\
Hello, just curious: my receipt from your kiosk at Terminal 2 lists a "handling fee £1.50" on
top of the rate. What exactly is that for? Not a complaint, I just want to understand it.
Danke und schöne Grüße aus Stuttgart!
Jonas"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="reply", qt=0, reply=1,
         frm="Beverley Sands <bev.sands@homemail.example>",
         to="memberhelp@northgate-cu.example",
         subject="Re: Online banking access",
         body="""\
Hi Sunil,

I tried the reset link as you suggested but it tells me "This membership is locked for your
protection, please contact us". So I still can't get into online banking at all. I think I
typed my PIN wrong about four times on Sunday, the new glasses aren't helping!

Could you unlock it from your end? Member no. 55102.

Thanks, Bev

On Mon, 7 Apr 2025 at 10:02, Northgate Credit Union <memberhelp@northgate-cu.example> wrote:
> Dear Beverley,
> Thank you for your message. Please use the "Forgotten PIN" link on the login page
> to reset your PIN. If that does not work, reply to this e-mail and we will help.
> Kind regards,
> Sunil, Member Services"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Graham Oyelaran <g.oyelaran@mailbay.example>",
         to="online@evergreen-pensions.example",
         subject="Login code goes to my old phone number",
         body="""\
Hello,

I switched mobile network last month and got a new number. When I log in to check my pension,
your site says it has sent a code to the number ending 419 - that's my old number which no
longer exists. There's no option to choose another way. How can I update my number so I can
log in again?

Policy number EP-4410937, date of birth 22/09/1961.

Regards,
Graham Oyelaran"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lucy Amberley <lucy.amberley@studentmail.example>",
         to="help@tandemly.example",
         subject="My profile has vanished",
         body="""\
Hi,

When I open Tandemly it now says "This account no longer exists". I didn't delete it! I've had
the same profile for two years and the whole chat history with my exchange partner in
Valencia is in there, including months of voice notes I use for revision. She messaged me on
WhatsApp this morning: "no te encuentro en la app, ¿me has bloqueado?" - so it's gone for her
too.

Please can you restore it? The e-mail on the account is this one, username lucy_learns_es.

Lucy"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Samir Haddad <samir.haddad@worksmail.example>",
         to="support@learnloop-courses.example",
         subject="Changing my login e-mail",
         body="""\
Hi, how do I change the e-mail address I log in with? I'm leaving my job and want to move my
courses to my personal address. Thanks, Samir"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fiona Blakeley <fiona@harbourvoices-choir.example>",
         to="sales@stagepass-tickets.example",
         subject="Our concert was on fire - question about a second date",
         body="""\
Hello StagePass,

Just a happy note first: our spring concert absolutely killed it. Tickets went like wildfire,
we sold out in four days and the audience nearly brought the roof down at the end. Your
ticketing page was a lifesaver for a bunch of amateur singers.

Now the question: we'd like to add a second performance in June. Can we set different prices
for that date (e.g. a cheaper under-18 ticket) on the same plan, or do we need to upgrade?

Best wishes,
Fiona Blakeley
Harbour Voices Community Choir"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Imogen Hale <imogen.hale@oldtownmail.example>",
         to="bookings@pebblecove-caravans.example",
         subject="Re: Your booking at Pebble Cove - pitch change",
         body="""\
Hi Sarah,

That's absolutely fine with us, pitch 31 near the shop works well. We'll arrive around 4 on
Friday with the dog.

Thanks,
Imogen

On 12 May 2025, at 09:17, Pebble Cove Bookings <bookings@pebblecove-caravans.example> wrote:
> Dear Mrs Hale,
>
> During last week's inspection a gas leak was found in the supply pipe near the shower
> block, so pitches 8-14 are closed until the engineers have replaced it. For your safety
> we have moved your booking from pitch 12 to pitch 31. Please let us know if that suits.
>
> Kind regards,
> Sarah, Pebble Cove"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Diane Carrow <diane.carrow@letterbox.example>",
         to="care@lilyandfern-flowers.example",
         subject="Thank you",
         body="""\
Dear Lily & Fern,

I just wanted to say thank you to Priya, who sorted out the double charge on my wreath order
so quickly last week. The refund arrived this morning. The flowers for Dad's funeral on
Thursday were beautiful and so many people asked where they came from.

With gratitude,
Diane Carrow"""),

    dict(n=21, signals="-", priority="low", trap="names", qt=0, reply=0,
         frm="Oliver Stainton <oli.stainton@familypost.example>",
         to="parties@treetopquest.example",
         subject="Birthday party - Skull Drop and Blackout Tunnel?",
         body="""\
Hi,

I'm planning my son's 9th birthday at Treetop Quest in July, nine kids aged 8 to 10.

Can all of them do the Skull Drop zip line and the Blackout Tunnel, or is there a minimum
height? And does the "Rescue Ranger" party package include the pizza or is that extra?

Thanks,
Oliver"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="LockRight Trade News <news@lockright-trade.example>",
         to="support@keyfast-locksmiths.example",
         subject="LockRight Trade News - March: break-in season, call-out pricing and more",
         body="""\
LOCKRIGHT TRADE NEWS - March edition

In this issue:

* Locked out at 3am? How to price emergency call-outs without scaring customers off.
* "Break-in season": why spring sees more burglaries and which cylinders snap first.
* Webinar, 27 March: what the data breach at a large hardware wholesaler means for small
  locksmiths who store customer addresses.
* Product spotlight: the new FortisLine security door with three-point locking.

See you at the trade fair in Birmingham!

You are receiving this newsletter because you are a LockRight trade partner.
Unsubscribe: https://lockright-trade.example/unsubscribe"""),

    # 23-24 context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ola Brandt <ola.brandt@inboxy.example>",
         to="hello@boxloop-moving.example",
         subject="Re: Deposit for crate hire BX-3318 - third time asking",
         body="""\
Hello,

This is the third time I'm writing. Still no deposit back, and no reply to either e-mail.

I need that £80 for the deposit on my new flat, which is due on Monday. Please refund it today
or tell me who I can call.

Ola Brandt
07700 900 774

On 22 Apr 2025, at 19:40, Ola Brandt <ola.brandt@inboxy.example> wrote:
> Hi, just chasing my e-mail below. It's been three weeks now.
>
> On 9 Apr 2025, at 10:14, Ola Brandt <ola.brandt@inboxy.example> wrote:
>> Hello, I returned all 40 crates (hire BX-3318) to your driver on 2 April and he signed
>> the collection sheet. Your terms say the £80 deposit is refunded within 5 working days,
>> but I haven't received anything. Could you check please?"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marcus Delaney <m.delaney@pulsefit-gyms.example>",
         to="enterprise@snackhub-vending.example",
         subject="All 27 PulseFit sites - vending card readers rejecting every card",
         body="""\
Hi team,

Since your firmware update last night, the card readers on the vending machines at all 27
PulseFit gyms decline every contactless payment - cards, phones, watches, everything. Members
stand there tapping and then walk off without their protein shakes and water. Cash still works
but hardly anyone carries any.

It's the first Monday in January, our busiest week of the year, and the machines are our
main secondary revenue. Site managers are sending me photos of full machines and queues.

Please roll back the update or send someone today. Our account manager is Helen Ruiz.

Marcus Delaney
Head of Facilities, PulseFit
0161 496 0219"""),
]
