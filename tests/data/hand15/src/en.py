# blind16 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@ffostmail.example>",
         to="help@patiowarmth.example",
         subject="Patio heater from order PH-204418",
         body="""\
Hi,

We used the ParaTherm 13 kW patio heater for the first time on Saturday evening
(order PH-204418). About twenty minutes in there was a strong rotten-egg smell
around the base and a thin hissing from where the hose meets the regulator. The
hissing carried on even after I turned the knob to off.

My wife and her father both went dizzy, and he had a pounding headache for the
rest of the evening and had to go and lie down indoors. The kids said their
mouths tasted funny.

I've closed the valve on the bottle and wheeled the whole thing to the bottom of
the garden, away from the house. What do I do with it now? Is someone coming to
collect it? I'm not going near that regulator again.

Gareth Pryce
07700 900 318"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Leonie Marsh <leonie.marsh@postbox.example>",
         to="orders@partypop.example",
         subject="light-up balloon sticks - battery cover",
         body="""\
Is it normal that the battery cover on your light-up balloon sticks ("Glow Party",
pack of 20) slides off with a fingernail?

My daughter is 2. After the party we found one stick open on the kitchen floor and
the little round battery is missing. She'd been playing with it all afternoon. She
has been sick twice in the last hour, she's drooling and keeps pointing at her
throat. We're driving to the hospital now, my husband is typing this from the car.

Please tell us exactly what type/size the batteries are so we can tell the doctors.
Order PP-77130.

Leonie"""),

    dict(n=3, signals="safety", priority="critical", trap="privacy", qt=0, reply=0,
         frm="Tomasz Wilk <t.wilk@mailhaven.example>",
         to="support@keyblock-portal.example",
         subject="I can see another tenant's passport in the portal",
         body="""\
Hello,

This morning I logged into the tenant portal for Harbour View (flat 12). Under
"My documents" there are now files that are not mine: a tenancy agreement for flat
4B, a scan of the passport of a Ms R. Okafor, and two of her bank statements.

If I can see hers, I assume someone can see mine as well, and mine include my
passport, my payslips and my wife's residence permit. I haven't downloaded or
opened anything beyond the file names. This is a data breach and I want to know:

1. how long this has been the case,
2. who else has had access to my documents,
3. when it will be fixed.

I am also informing the building manager.

Tomasz Wilk"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Priya Raman <priya.r@quillmail.example>",
         to="help@stridewatch.example",
         subject="3 orders on my card that I didn't place",
         body="""\
Hi, I just had three alerts from my bank for payments to your shop: £389.00,
£389.00 and £412.50, all between 02:14 and 02:23 last night. I was asleep.

I can still log in and the orders are in my account history, two Pace 5 watches
and a Trail X, all going to 14 Kiln Lane, Leeds. I've never lived there or heard
of it. I've changed my password and the bank has blocked the card.

Please cancel these before they ship and refund the money. Customer no. SW-55021.

Priya Raman"""),

    # 5-9 outage
    dict(n=5, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dean Holloway <dean@ironworksgym.example>",
         to="support@gatepass.example",
         subject="Members stuck at the turnstiles since 5:45",
         body="""\
Hi GatePass,

IronWorks Gym, Mill Street site, about 1,100 members on your system.

Since roughly 5:45 this morning members can't get into the app to pull up their
entry QR code. The login asks for the SMS code, the code never arrives, and after
three tries it says "try again later". The reception tablet is stuck at the same
screen so staff can't get in either.

We have a queue out the door. We're letting people through the side gate by hand
and writing names and membership numbers on a clipboard. The 6:30 spin class
started twenty minutes late and the 7:00 one is about to.

Please ring me on 01632 960 447 as soon as you see this.

Dean Holloway
Site Manager"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ruth Abernethy <ruth.abernethy@glenmail.example>",
         to="support@warmstep.example",
         subject="Can't change anything in the app since Tuesday",
         body="""\
Hello,

Since the update on Tuesday the WarmStep app opens, shows the spinning circle for
a while and then drops back to the start screen. I can't see my rooms or change
any temperature. The floor seems stuck on the night setback, so the house sits at
16 degrees all day.

I've deleted and reinstalled the app twice, restarted the hub and the phone.
Android 14, Pixel 7, app version 3.8.1.

Could you help please?

Ruth Abernethy"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Callum Reid <callum.reid@spokemail.example>",
         to="support@cadencegps.example",
         subject="Rides uploading without HR and power",
         body="""\
Hi,

Is it normal that my rides now arrive on the website with only GPS and speed?

Since last weekend every ride I sync from the Edge 30 shows up without heart rate,
power or cadence. The head unit shows all of it during the ride, and rides from
before the 8th still look fine online. The route and the map are there, so it's
not the end of the world, but my coach plans my week off the power numbers.

Thanks,
Callum"""),

    dict(n=8, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Sinead Carroll <sinead@westcoastcottages.example>",
         to="partners@stayhost.example",
         subject="URGENT - partner dashboard and guest app down on changeover day",
         body="""\
Your partner dashboard has been down since about 11:00 this morning, and the guest
app just shows "Service unavailable".

We manage 38 holiday cottages on your platform and today is changeover day: 22
arrivals this afternoon. Guests get their key-box codes only through your app. We
already have families standing outside cottages in the rain ringing our office.
We're reading codes out over the phone from an old spreadsheet, but about half of
them were changed last week after cleaning, so that only goes so far.

We need an ETA, or a way to export the current codes, right now.

Sinead Carroll
West Coast Cottages
01632 960 212"""),

    dict(n=9, signals="outage", priority="high", trap="checkout", qt=0, reply=0,
         frm="Harold Fenwick <h.fenwick@oldpost.example>",
         to="orders@seedsandsons.example",
         subject="Basket empties every time",
         body="""\
Dear Sir or Madam,

For three days now I have been trying to order from your spring catalogue on the
website. I fill the basket (about 30 packets, mostly tomatoes and sweet peas),
press "Checkout", the page goes white for a moment and then I am back at an empty
basket. I never get as far as entering my address.

I have tried on my laptop and on my granddaughter's tablet, same thing. The
sowing window is closing. Is there another way I can get my order to you?

Yours faithfully,
Harold Fenwick"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Jon Atherton <jon.atherton@fellmail.example>",
         to="hello@needlesnorth.example",
         subject="Charged twice for one tree",
         body="""\
Hi,

I ordered one 7ft Nordmann fir for delivery on 6 December (order XT-3391). My card
statement shows two payments of £94.00 on 28 November. Only one tree arrived
(a lovely one, thanks).

Could you refund the second payment please?

Jon Atherton"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Marta Kowalczyk <marta.k@zmail.example>",
         to="walkers@walkiesapp.example",
         subject="Payout failed - rent due Friday",
         body="""\
Hi,

My payout for the last fortnight (£612.40) shows as "Failed" in the walker app,
with no reason given. My bank details haven't changed and the previous payouts all
came through to the same account.

I walk for you six days a week and this payout is basically my rent, which is due
on Friday. Can you please send it again or tell me what's wrong so I can fix it
today?

Thanks,
Marta (walker ID W-3318)"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Hannah Doyle <hannah.doyle@brightpost.example>",
         to="aftercare@oakandash-kitchens.example",
         subject="Our new kitchen - a few bits",
         body="""\
Hi Sandra,

Hope you're well. I've been meaning to write since the fitters finished on the 9th.

First of all, Kieran and Ollie were brilliant. On time every morning, tidied up
after themselves every evening, and they even sorted the wonky cupboard door in the
utility room that wasn't part of the job. My mother-in-law came round on Sunday and
hasn't stopped talking about the island. The sage green is exactly what we wanted,
and the brass handles look far better in the room than they did in the showroom.

A couple of small things we'll sort ourselves: one kickboard has a scuff, and the
light in the extractor was a very cold white, but we've swapped the bulb.

The other thing is the final invoice (INV-55317). It lists 3.6 m of solid oak
worktop at £1,290, but we changed to the Nordic laminate at the design meeting
in August (you emailed me the updated quote, Q-2291 rev. B, with the laminate at
£450). The laminate is what's been fitted. So the invoice is £840 too high.
Could you send a corrected one? We'll pay the balance as soon as it comes through.

Also, is the five-year guarantee on the hinges registered automatically, or do I
need to do that myself?

Thanks again, we're really pleased with it.

Best,
Hannah"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bill Thwaite <bill.thwaite@dalesmail.example>",
         to="orders@robinsrest-birdfood.example",
         subject="handling line",
         body="""\
Hello, just out of curiosity, what's the £1.20 "handling" line on my last invoice
for the sunflower hearts? Not complaining, never noticed it before. Cheers, Bill"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Oliver Stanton <o.stanton@baselinemail.example>",
         to="desk@stringlab.example",
         subject="Locked out of my StringLab account",
         body="""\
Hi,

I've locked myself out of my account. I typed the password wrong a few times (caps
lock, I think) and now it says "Account locked for security reasons. Please
contact support." The reset link doesn't help, it just shows the same message.

I need to get in to see the tension and string I had last time and to book two
rackets in before the club tournament. Username: ostanton_tennis.

Thanks,
Oliver"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Chloe Whitfield <chloe.whitfield@mailnest.example>",
         to="support@pawpals.example",
         subject="Re: Refund for cancelled booking #PS-8812",
         body="""\
Hi Amira,

Yes, it's back on my card, thanks for sorting that so quickly.

Different thing though: I got a new phone number last week and now I can't log in
at all. The app sends the verification code to my old number, which I don't have
any more, and there's no way to change the number without logging in first. Could
you update it to 07700 900 561?

Thanks,
Chloe

On 3 Mar 2025, at 09:12, Amira at PawPals Support <support@pawpals.example> wrote:

> Hi Chloe,
>
> I'm sorry you were charged twice for the booking with Sam on 22 February.
> I've issued a refund of £45.00 to your card; it can take 3-5 working days
> to show.
>
> Best wishes,
> Amira
> PawPals Support"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Eleanor Brooks <eleanor.brooks@harbourmail.example>",
         to="members@homeswapclub.example",
         subject="My profile has vanished",
         body="""\
Hello,

When I log in to HomeSwapClub today it says "No profile found - create your
profile". I didn't delete anything. I've been a member for nine years, had 31
reviews, and there's a swap agreed for July with a family in Lyon.

They've just written to me: "Votre annonce n'existe plus sur le site, est-ce que
l'échange tient toujours ?" So it's gone for them as well.

Can you restore my profile, reviews and the July agreement? Member no. HS-10442.

Many thanks,
Eleanor Brooks"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ken Ito <ken.ito@reefmail.example>",
         to="help@coralcorner.example",
         subject="changing email",
         body="""\
Hi, how do I change the email address on my account? I'd like the order updates to
go to my new address. Thanks, Ken"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Morag Sinclair <morag.sinclair@glenpost.example>",
         to="sales@gloamlights.example",
         subject="Firefly string lights - winter?",
         body="""\
Hi there,

Your "Firefly" solar string lights look killer in the photos. Quick question before
I order: my last lot (another brand) died after one winter. The batteries were dead
by February and the little panels were toast.

Do yours have replaceable batteries, and would they survive a Highland winter? I'd
need about 40 m along the fence.

Cheers,
Morag"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Anil Mehta <anil.mehta@sunmail.example>",
         to="support@poolguard.example",
         subject="Re: Planned maintenance - PoolGuard app unavailable Sunday night",
         body="""\
No problem at all, thanks for the heads-up. Nobody in our house is swimming at 2am
anyway!

Regards,
Anil

-----Original Message-----
From: PoolGuard Notifications <noreply@poolguard.example>
Sent: 12 June 2025 16:03
To: Anil Mehta
Subject: Planned maintenance - PoolGuard app unavailable Sunday night

> Dear customer,
>
> On Sunday 15 June between 01:00 and 04:00 the PoolGuard app and website will
> be offline for maintenance. During this window the app will show "server
> unreachable" and you will not receive push notifications. The alarm unit at
> your pool keeps working and will sound locally as usual.
>
> The PoolGuard team"""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=0,
         frm="Pat Keogh <pat.keogh@eirmail.example>",
         to="service@boilercareplus.example",
         subject="Thanks to Dave",
         body="""\
Just wanted to say thanks to Dave who came out on Thursday for the annual service.
The boiler had been cutting out and dripping for weeks and he found the pressure
relief valve and sorted it in twenty minutes. Heating's roaring again and no more
cold showers. Five stars from us.

Pat"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Gwen Halliday <secretary@burnsideplayers.example>",
         to="bookings@curtaincallcostumes.example",
         subject="Costumes for Murder on the Orient Express",
         body="""\
Hello,

The Burnside Players are staging "Murder on the Orient Express" at the Firestone
Hall in Blackburn from 9 to 12 October, and we'd like to hire about 14 costumes:
1930s travel wear, a conductor's uniform, a Russian princess, and a rather dead
Mr Ratchett (he only needs a dressing gown).

Before we come in for fittings, a few questions:
- How far ahead do we need to book?
- What deposit do you take, and when is it returned?
- What happens if something gets torn or stained during the run?
- Do you charge extra for a late return if the final night runs over?

Kind regards,
Gwen Halliday
Secretary, Burnside Players"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SkyBurst Fireworks <news@skyburst-fireworks.example>",
         to="hello@bramblepartyhire.example",
         subject="Bonfire Night countdown: explosive deals inside",
         body="""\
SKYBURST TRADE NEWS - October

EXPLOSIVE DEALS
20% off all rockets and barrages for trade accounts until 31 October. Our
"Thunderclap" 100-shot cake is back in stock.

SAFETY CORNER
A crash course for your customers: how far back to stand, why you never return to
a lit firework, and how to keep pets calm on the big night. Printable posters are
in the trade area.

SHOP HOURS
Our warehouse is closed on 5 November - the whole team is at the Riverside display.

You are receiving this because you have a SkyBurst trade account.
Unsubscribe | Manage preferences"""),

    # 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Stefan Albrecht <s.albrecht@alpmail.example>",
         to="support@powerhaus-generators.example",
         subject="Remote start app won't connect to the generator",
         body="""\
Hello,

Since about a week the PowerHaus remote app can't connect to our PH-6500i at the
holiday cabin. It searches and then shows "Verbindung fehlgeschlagen" (sorry, my
phone is set to German, it means the connection failed). Bluetooth is on and I'm
standing next to the unit.

Starting it with the key on the panel works fine, so we have power and it's no
rush. But it would be nice to be able to start it from the bed on a cold morning.
Any ideas?

Best regards,
Stefan Albrecht"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nadia Hussain <nadia.hussain@citymail.example>",
         to="support@floorworks.example",
         subject="RE: RE: Refund for cancelled order FL-20931",
         body="""\
This is the third time I'm writing. Nobody has answered either of my emails and the
£1,240 is still not back on my card. I cancelled within the 14 days and I have
your cancellation confirmation.

We move on the 28th and that money is meant for the deposit on the new flat, which
I have to pay by Friday. If it isn't back by Thursday I will go to my card provider.

Please just tell me when it was sent.

Nadia Hussain
07700 900 742

-----Original Message-----
From: Nadia Hussain
Sent: 14 October 2025 19:20
To: FloorWorks Support
Subject: RE: Refund for cancelled order FL-20931

> Hello, just chasing this up. It's been 16 days since I cancelled and I haven't
> seen the refund yet. Can you check please?
>
> -----Original Message-----
> From: Nadia Hussain
> Sent: 29 September 2025 08:47
> To: FloorWorks Support
> Subject: Refund for cancelled order FL-20931
>
> Hi, I cancelled order FL-20931 (engineered oak, 48 m2, fitting included) today
> by phone with Gary. He said the advance payment of £1,240 would be refunded
> to my card within 5 working days. Could you confirm that in writing please?"""),
]
