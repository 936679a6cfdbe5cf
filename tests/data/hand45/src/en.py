# blind46 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dale Whitcombe <d.whitcombe@northgate-logistics.example>",
         to="support@scanpro-devices.example",
         subject="Charging cradle burnt out overnight - urgent",
         body="""\
Hi,

Writing on behalf of Northgate Logistics, Bay 4 warehouse in Leeds.

When the early shift came in at 5:40 this morning the whole picking office smelled of burnt plastic. One of the 4-slot charging cradles for your SP-200 handhelds had gone black round the second slot and the scanner sitting in it had swollen so much the case split open. The wall behind it is scorched. Our night security guy says he noticed a "hot electrical smell" around 2am but couldn't work out where it was coming from.

Nobody got hurt but honestly that's luck, that office has paper stacked to the ceiling. We've unplugged all 11 cradles from the same delivery and put the scanner in a metal bucket out in the yard.

I need to know today whether the other cradles are safe to use and who is coming to collect this one. Photos attached. Serial on the cradle is CR4-0918-2271.

Dale Whitcombe
Site Supervisor, Northgate Logistics
07700 900 418"""),
    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Reception - Brightsmile Dental <reception@brightsmile-dental.example>",
         to="service@dentequip.example",
         subject="Nurse got a shock off the chair unit in surgery 2",
         body="""\
Good morning,

Our dental nurse Kerry got a nasty jolt from the chair in surgery 2 at about 8.50 this morning. She had her hand on the metal bracket of the light arm while she was adjusting it and says it went "right up my arm into my shoulder". She dropped the suction and had to sit down for a good ten minutes. Her fingers are still tingling two hours later so we've sent her to the walk-in centre to get checked.

Dr Osei now says he has felt "a little buzz" off that arm a couple of times last week but thought it was static from the floor. Clearly it isn't.

We've switched surgery 2 off at the isolator and moved the list into surgery 1, but we can't keep that up all week. Please can an engineer come out asap, and can you tell us whether surgery 1 (same model, fitted the same day) is safe to keep using?

Model: Ventura C5, installed Feb 2023.

Many thanks,
Janine Porter
Practice Manager, Brightsmile Dental"""),
    dict(n=3, signals="safety", priority="critical", trap="emotional", qt=0, reply=0,
         frm="Rebecca Lang <rebecca.lang82@mailbox.example>",
         to="help@freshbox-meals.example",
         subject="Your 'nut free' kids meal put my son in hospital",
         body="""\
I honestly don't know where to start with this.

Saturday night we ordered from you like we do most weekends. I picked the Kids Sweet Chilli Noodles specifically because it says NUT FREE in big letters on the app, and my son Alfie (7) has a severe peanut allergy, which is ALSO written in the notes on my account.

About ten minutes after he started eating, his lips swelled up and he said his throat felt "scratchy and tight". His voice went funny. I used his EpiPen and rang 999. He spent the night in hospital on a drip and they kept him in until Sunday afternoon. He is home now and ok but he was terrified and so was I. I keep thinking what if we hadn't had the pen in the house.

The doctor said it was almost certainly peanut. When I looked at the leftover tub this morning there are bits of crushed nut in the sauce at the bottom.

I still have the tub and the receipt (order #FB-2203-88715). I want to know how this happened and I want you to check that batch before it happens to another child. Someone needs to call me today, not send me a voucher.

Rebecca Lang
07911 552 030"""),
    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Harbour View Guesthouse <stay@harbourview-gh.example>",
         to="partners@staybook.example",
         subject="Someone has taken over our property account",
         body="""\
Hello,

Since last night we can't get into our StayBook extranet. The password doesn't work anymore and when I click "forgot password" it says the reset link was sent to h*****@gmx-mail.example, which is not our address and never has been.

This morning two guests rang the front desk asking why we had sent them a message through the app with a link to "confirm their card details before arrival". We didn't send anything. So whoever got in is now writing to our guests in our name.

Please lock the listing down immediately and give us our account back. Property ID 448120, registered owner Mrs Aileen Duffy.

Regards,
Tom Duffy
Harbour View Guesthouse, Portree
01478 000 231"""),
    dict(n=5, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Graham Kettering <g.kettering@btnet.example>",
         to="cardservices@harlowbank.example",
         subject="Payments on my card that I did not make",
         body="""\
Dear Sir or Madam,

Checking my online statement this morning I found four payments on my debit card (ending 4471) that I did not make:

  Sat 08:14  GAMESTORE ONLINE LTD   249.99
  Sat 08:16  GAMESTORE ONLINE LTD   249.99
  Sat 09:02  SKYWAVE TOPUP           60.00
  Sun 22:47  TRVL*BOOKNOW           412.30

The card is still in my wallet and I have not given the number to anybody. I did buy some garden furniture on Thursday from a website I had not used before, which may be how they got hold of it.

Please stop the card and put the money back. I tried the telephone line yesterday but was on hold for 40 minutes and then cut off.

Yours faithfully,
Graham Kettering
Sort code and account number available on request"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Oakfield House Care Home <manager@oakfieldhouse.example>",
         to="support@caresys-emar.example",
         subject="URGENT - eMAR not loading on any device, morning med round stopped",
         body="""\
Hi team,

None of our tablets will load the resident list this morning. They all sit on the blue screen with the spinning circle and then say "Unable to reach server (503)". Same thing on the office PC in the browser.

We have 42 residents and the 8am medication round should have started 25 minutes ago. The nurses can't see what's due or sign anything off. We've dug out the paper MAR sheets but they don't have last week's changes on them so we can't rely on them for long.

Please ring me on 01632 960 217 the moment someone picks this up.

Sandra Kowalczyk
Registered Manager, Oakfield House"""),
    dict(n=7, signals="outage,account", priority="critical", trap="forward", qt=0, reply=0,
         frm="Priya Natarajan <p.natarajan@swiftline-freight.example>",
         to="support@teamdesk-cloud.example",
         subject="Fwd: nobody can sign in - dispatch stopped",
         body="""\
Forwarding what our dispatch lead sent me. Still happening as of 9:15, please treat as P1. Our tenant is swiftline-freight.

---------- Forwarded message ---------
From: Mark Ellery <m.ellery@swiftline-freight.example>
Date: Mon, 10 Mar 2025 at 07:52
Subject: nobody can sign in
To: IT <it@swiftline-freight.example>

Priya, none of the dispatch team can get into TeamDesk. Everyone gets "Your organisation's sign-in could not be completed" straight after the Microsoft login page. Tried 6 different people, 3 PCs and phones too. Drivers are sat in the yard waiting for run sheets and we've got 30+ trucks due out by 8:30. Can you chase them urgently??

Mark

--
Priya Natarajan
IT Manager, Swiftline Freight"""),
    dict(n=8, signals="outage", priority="high", trap="typo", qt=0, reply=0,
         frm="Chris Adebayo <chris.adebayo@mailbox.example>",
         to="help@fibrenet-home.example",
         subject="no internet since saturday",
         body="""\
hi, our broadband has been dead since saturday afternoon. the light on the router is flashing red and nothing connects, not even with the cable plugged straight in. ive done the turn it off for 30 seconds thing about 10 times now. your status page says no problems in my area (BS5) but my neighbour is with you too and hers is the same.
cant do anything at home, kids cant do homework, tethering off my phone keeps dropping out. account no 7730-1182. can someone come out or at least tell me whats going on
chris"""),
    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Julie Haworth <office@stmarys-primary.example>",
         to="support@schoolcomms.example",
         subject="Program closes itself as soon as it opens",
         body="""\
Hello,

Since the update on Friday afternoon the SchoolComms program on the office PC won't stay open. I double click it, the blue window comes up for a second and then it just disappears. No error message or anything. I've restarted the PC twice and tried "run as administrator" like the head suggested.

I'm the only one who uses it (I do all the messages to parents) so at the moment I can't send anything out at all, and the Year 4 trip letter has to go today.

Windows 11. The version number before the update was 4.8.2, I don't know what it is now.

Thank you,
Julie Haworth
School Office, St Mary's C of E Primary"""),
    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ewan MacLeod <orders@glenmoor-coop.example>",
         to="support@agriorder.example",
         subject="app not showing new orders since the weekend",
         body="""\
Morning,

Small one but it's getting annoying. Since Saturday the AgriOrder app on our phones doesn't show any new orders, the list just stops at Friday's. If I go on the website on the office laptop everything's there, so we're printing the list off each morning and taking that out to the yard instead.

Can you have a look when you get a chance? Same on both our android phones, app version 3.2.

Cheers
Ewan
Glenmoor Farmers Co-op"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lucy Harrington <lucy.h.crafts@webmail.example>",
         to="sellers@craftlane.example",
         subject="Payout still not arrived - I need it for rent on Thursday",
         body="""\
Hi,

My weekly payout (1,284.60 GBP, sales 24 Feb to 2 Mar) was due last Wednesday and still hasn't reached my bank. The dashboard just says "Processing" with no date. The previous 30-odd payouts all arrived on time and I haven't changed my bank details.

This is my only income at the moment and my rent goes out on Thursday. I can't cover it without this money. Please can someone look at it today and tell me when it will actually land?

Shop: LucyMakesThings
Thanks,
Lucy"""),
    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Daniel Fraser <dan.fraser@postbox.example>",
         to="billing@streamly.example",
         subject="Re: Duplicate charge on your account [Case 00482217]",
         body="""\
Hi Aisha,

Thanks for the quick reply last week, but it's now been 8 working days and the second 11.99 still hasn't come back onto my card. You said 3-5 days. Can you check whether the refund was actually sent, and if it was, give me a reference number I can give to my bank?

Dan

On Mon, 3 Mar 2025 at 14:06, Streamly Billing <billing@streamly.example> wrote:
> Hi Daniel,
>
> Sorry about that. A short outage in our payment system on 1 March caused some
> customers to be charged twice for their monthly plan. We have refunded the
> duplicate payment of 11.99, which should appear within 3-5 working days.
>
> Kind regards,
> Aisha
> Streamly Billing"""),
    dict(n=13, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Finance Team - Castlebridge Town Council <finance@castlebridge-tc.example>",
         to="accounts@parkwise-systems.example",
         subject="Training follow-up and invoice INV-30917",
         body="""\
Dear Accounts Team,

Please pass on our thanks to Ben for the training session on Tuesday. The enforcement officers found it very useful and have already asked about a follow-up in April.

On a separate note, invoice INV-30917 for the annual licence has come through at 14,400 + VAT, but our contract (signed last June) says 12,000 a year for years 1-3. It also still has the old council offices address on it. Our finance system won't let us pay an invoice that doesn't match the purchase order (PO 2025-0331), so could you please send a corrected one? We would like to get it paid before our year end on 31 March.

And if you could suggest a couple of dates for the April session that would be great.

Kind regards,
Helen Marsh
Finance Officer
Castlebridge Town Council"""),
    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Sam Okoro <sam.okoro@mailhub.example>",
         to="help@threadsandco.example",
         subject="how do refunds work",
         body="""\
Hi, I sent back a jumper (order 55120) yesterday with the prepaid label. Do I need to do anything else to get my refund or does it happen automatically once you receive it? And will it go back to PayPal or come as store credit?
Thanks, Sam"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia Rahman <nadia.rahman.tutor@mailbox.example>",
         to="support@tutorhive.example",
         subject="Account locked for 3 days, can't get to my lessons",
         body="""\
Hello,

On Friday I mistyped my password a few times and got "Your account has been locked. Try again in 24 hours." It's now Monday and it still says exactly the same. The password reset link just says "this account is locked" as well.

I have 6 students booked today starting at 4pm and all my materials and the video classroom are inside TutorHive, so I can't do any of it until this is sorted. Please unlock it.

Username: nadia.r.maths
Thanks,
Nadia"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Bill Thornton <billthornton54@oldmail.example>",
         to="support@recipebox-app.example",
         subject="reset email never comes",
         body="""\
I have asked for the password reset email five times since yesterday. Nothing in the inbox or the spam. The email on the account is billthornton54@oldmail.example. Can you reset it from your end please.
Bill"""),
    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Front Desk - The Larches Hotel <frontdesk@thelarches.example>",
         to="support@roomkey-pms.example",
         subject="RE: Change of account administrator",
         body="""\
Hi Owen,

I've attached the signed form as you asked. Just to be clear what we need:
1. Remove Claire Benson's login completely (she left us on Friday and still has admin rights).
2. Make me, Martin Ruiz, the account administrator instead.

At the moment I can't add or remove any staff users myself, so please let me know once it's done.

Thanks,
Martin Ruiz
Front Office Manager, The Larches Hotel

-----Original Message-----
From: RoomKey Support <support@roomkey-pms.example>
Sent: 07 March 2025 16:22
To: frontdesk@thelarches.example
Subject: Change of account administrator

Hi Martin,

To change the administrator on your account we need the attached form signed by the property owner or general manager.

Best regards,
Owen
RoomKey Support"""),
    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Harriet Cole <harriet.cole@inbox.example>",
         to="support@notesync.example",
         subject="Changing the email on my account",
         body="""\
Hello, I'm moving from my work email to a personal one. How do I change the email address I log in with without losing my notes? I couldn't find it under Settings. Thanks!
Harriet"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Gareth Lewis <maintenance@willowcourt-care.example>",
         to="sales@heatright.example",
         subject="Question re. surface temperature of panel heaters",
         body="""\
Hello,

We're looking at replacing the old storage heaters in the residents' rooms with your SlimLine panel heaters. Before we order, our fire and safety officer has a few questions:

- What is the maximum surface temperature of the front panel? Some of our residents are frail and could lean or fall against it, so we need to know whether there's any risk of burns.
- Is there a tip-over and overheat cut-out, and does it reset itself?
- Can the controls be locked so residents can't turn it up to full?

We had a nasty incident with an old fan heater at our sister home a few years ago (a towel left over it scorched and set the smoke alarms off, thankfully nobody was hurt), so we're being careful this time.

Could you send us the spec sheets? We'd need around 35 units.

Thanks,
Gareth Lewis
Maintenance Lead, Willow Court"""),
    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Box Office - The Lyric Playhouse <boxoffice@lyricplayhouse.example>",
         to="hello@ticketroom.example",
         subject="Thank you - 'Blood, Fire & Poison' opening weekend",
         body="""\
Hi all,

Just a quick note to say thank you. Our new thriller "Blood, Fire & Poison" opened on Friday and the new seat map you set up for us was an absolute lifesaver. The house was packed, online sales went through like a knife through butter and nobody queued at the desk for more than a couple of minutes.

The show itself is killer, by the way: a poisoning in Act 1, the house burns down in Act 2, and half the audience screamed when the detective gets stabbed. If any of your team want comps for next week just say the word.

One small wish for the future: it would be lovely if the confirmation email could show the content warning ("contains scenes of violence, strobe lighting and smoke effects") under the show title.

Best,
Rosie Fairbanks
Box Office Manager, The Lyric Playhouse"""),
    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Arthur Pembroke <arthur.pembroke@homemail.example>",
         to="fraud@kingsgatebank.example",
         subject="Suspicious text pretending to be you",
         body="""\
Hello,

I received a text this morning claiming to be from Kingsgate Bank: "Unusual login detected on your account. If this wasn't you, verify your identity at kingsgate-secure-check.example to avoid suspension."

I did NOT click the link or give any details. My card and account look normal, and I logged into your app as usual afterwards with no problem. I'm only passing it on so your fraud team can get the site taken down. The number it came from was +44 7700 900 612.

Regards,
Arthur Pembroke"""),
    dict(n=22, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Goods In - Hollis & Reed <goodsin@hollisreed.example>",
         to="bookings@parcelrun.example",
         subject="Site shutdown over Easter - please hold deliveries",
         body="""\
Hi,

Just a heads-up for your planners: our Daventry site shuts down for stock-take from Thursday 17 April to Tuesday 22 April. The loading bays will be closed, the booking system will be offline while we move it to the new server, and the goods-in phone line will be down as well, so please don't send any drivers those days.

Anything booked for that week can come on the 23rd instead. No need to reply, just make sure the depot knows.

Thanks,
Kev
Goods In Team, Hollis & Reed"""),
    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Olivia Grant <olivia.grant@fastmail-uk.example>",
         to="sales@keyvault.example",
         subject="Family plan - price and payment options",
         body="""\
Hi there,

I'm thinking of moving the family from writing our passwords in a notebook (I know!) to your Family plan. A few questions before I pay:

1. Does the 36/year price include VAT?
2. Can I pay by PayPal or only by card?
3. If we don't get on with it, is there a refund period?
4. Can my teenagers have their own master password that I can't see?

Thanks,
Olivia"""),
    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Megan Doyle <megan.doyle@postmail.example>",
         to="care@voltwave-electronics.example",
         subject="Re: Your replacement request #VW-77310",
         body="""\
Hi Stefan,

The new power bank came on Saturday, all working fine and it doesn't get warm at all. Thanks for sorting it so quickly, you can close this one.

Megan

On Thu, 6 Mar 2025 at 09:15, VoltWave Customer Care <care@voltwave-electronics.example> wrote:
> Hi Megan,
>
> Sorry to hear that. Please don't use the old unit again. We have sent you a
> replacement by tracked delivery.
>
> Stefan
>
> On Wed, 5 Mar 2025 at 22:41, Megan Doyle <megan.doyle@postmail.example> wrote:
> > Hello, the power bank I bought in January got really hot while charging
> > tonight and started smoking and bulging. I dropped it in the sink.
> > Nobody was hurt but I'm not using it again. Can I get a replacement?"""),
]
